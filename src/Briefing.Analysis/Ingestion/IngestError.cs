namespace Briefing.Analysis.Ingestion;

/// <summary>Why an input was refused. Each kind maps to one HTTP status (see <see cref="IngestError.HttpStatus"/>).</summary>
public enum IngestErrorKind
{
    /// <summary>Over a size limit → 413.</summary>
    TooLarge,
    /// <summary>A type we do not read (image, archive, PDF, executable, unknown extension) → 415.</summary>
    UnsupportedType,
    /// <summary>Bytes that decode to no readable text in any supported encoding → 422.</summary>
    Undecodable,
    /// <summary>Binary content under a text name → 422.</summary>
    Binary,
    /// <summary>Readable but structurally broken or hostile (bad XML, DTDs, nesting too deep, no text, timeout) → 422.</summary>
    Malformed,
}

/// <summary>A refusal with a message a person can act on.</summary>
public sealed record IngestError(IngestErrorKind Kind, string Message)
{
    public int HttpStatus => Kind switch
    {
        IngestErrorKind.TooLarge => 413,
        IngestErrorKind.UnsupportedType => 415,
        _ => 422,
    };

    public override string ToString() => $"{Kind}: {Message}";
}
