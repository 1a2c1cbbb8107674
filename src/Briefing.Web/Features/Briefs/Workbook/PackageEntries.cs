using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Briefing.Web.Features.Briefs.Workbook;

/// <summary>The parts of a zip package in their original order, edited in memory and written back once.</summary>
internal sealed class PackageEntries
{
    private readonly List<(string Name, byte[] Bytes)> _entries = [];

    public static PackageEntries Read(Stream package)
    {
        var result = new PackageEntries();
        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            var buffer = new MemoryStream(entry.Length is > 0 and < int.MaxValue ? (int)entry.Length : 0);
            stream.CopyTo(buffer);
            result._entries.Add((entry.FullName, buffer.ToArray()));
        }
        return result;
    }

    public IEnumerable<string> Names => _entries.Select(e => e.Name);

    public bool TryGet(string name, out byte[] bytes)
    {
        var index = _entries.FindIndex(e => e.Name == name);
        bytes = index >= 0 ? _entries[index].Bytes : [];
        return index >= 0;
    }

    public byte[] Get(string name) =>
        TryGet(name, out var bytes) ? bytes : throw new InvalidOperationException($"Package has no part '{name}'.");

    /// <summary>Replaces a part, or appends it when new.</summary>
    public void Set(string name, byte[] bytes)
    {
        var index = _entries.FindIndex(e => e.Name == name);
        if (index >= 0) _entries[index] = (name, bytes);
        else _entries.Add((name, bytes));
    }

    public void Rename(string oldName, string newName)
    {
        var index = _entries.FindIndex(e => e.Name == oldName);
        if (index >= 0) _entries[index] = (newName, _entries[index].Bytes);
    }

    /// <summary>Writes every part with the same timestamp; [Content_Types].xml first, as readers expect.</summary>
    public void Write(Stream output, DateTimeOffset timestamp)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, bytes) in _entries.OrderBy(e => e.Name == "[Content_Types].xml" ? 0 : 1))
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = timestamp;
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }

    public static XDocument ParseXml(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream);
    }

    public static byte[] SerializeXml(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }
}
