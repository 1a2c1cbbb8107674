using System.Text;

namespace Briefing.Analysis.Ingestion;

/// <summary>One spelling per article URL, so that re-posts under a tracking link still match.</summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "cmpid", "ocid", "_ga",
    };

    /// <summary>
    /// Lower-case scheme and host, no default port, no fragment, no utm_* or click-id parameters, no trailing slash
    /// (except the root). Null when the input is not an absolute http(s) URL.
    /// </summary>
    public static string? TryCanonicalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var trimmed = TextCleaner.CleanLine(url);
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;

        var builder = new StringBuilder();
        builder.Append(uri.Scheme).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort) builder.Append(':').Append(uri.Port);
        var path = uri.AbsolutePath;
        if (path.Length > 1) path = path.TrimEnd('/');
        builder.Append(path);

        var kept = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair =>
            {
                var name = Uri.UnescapeDataString(pair.Split('=')[0]);
                return !name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !TrackingParameters.Contains(name);
            })
            .ToList();
        if (kept.Count > 0) builder.Append('?').Append(string.Join('&', kept));
        return builder.ToString();
    }
}
