using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Briefing.Web.Features.Briefs.Workbook;

/// <summary>
/// Rewrites an .xlsx package so equal content gives equal bytes. System.IO.Packaging stamps every zip entry with the
/// current time, names the core-properties part with a random GUID and gives package relationships random ids;
/// this fixes all three (core properties move to the conventional docProps/core.xml).
/// </summary>
internal static class DeterministicPackage
{
    private const string ContentTypesName = "[Content_Types].xml";
    private const string PackageRelsName = "_rels/.rels";
    private const string CorePropertiesName = "docProps/core.xml";
    private const string CorePropertiesContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    private static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static void Normalize(Stream package, Stream output, DateTime timestampUtc)
    {
        var entries = ReadEntries(package);
        var coreEntry = entries.FindIndex(e => e.Name.EndsWith(".psmdcp", StringComparison.OrdinalIgnoreCase));
        if (coreEntry >= 0)
        {
            var oldName = entries[coreEntry].Name;
            entries[coreEntry] = entries[coreEntry] with { Name = CorePropertiesName };
            Replace(entries, ContentTypesName, bytes => FixContentTypes(bytes));
            Replace(entries, PackageRelsName, bytes => FixPackageRelationships(bytes, oldName));
        }
        else
        {
            Replace(entries, PackageRelsName, bytes => FixPackageRelationships(bytes, null));
        }

        // Readers expect [Content_Types].xml first; the rest keep the writer's (deterministic) order.
        var ordered = entries.OrderBy(e => e.Name == ContentTypesName ? 0 : 1).ToList();
        var stamp = ZipTimestamp(timestampUtc);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, bytes) in ordered)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = stamp;
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }

    private static List<(string Name, byte[] Bytes)> ReadEntries(Stream package)
    {
        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var entries = new List<(string Name, byte[] Bytes)>(zip.Entries.Count);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            var buffer = new MemoryStream(entry.Length > 0 && entry.Length < int.MaxValue ? (int)entry.Length : 0);
            stream.CopyTo(buffer);
            entries.Add((entry.FullName, buffer.ToArray()));
        }
        return entries;
    }

    private static void Replace(List<(string Name, byte[] Bytes)> entries, string name, Func<byte[], byte[]> change)
    {
        var index = entries.FindIndex(e => e.Name == name);
        if (index >= 0) entries[index] = entries[index] with { Bytes = change(entries[index].Bytes) };
    }

    private static byte[] FixContentTypes(byte[] bytes)
    {
        var doc = Parse(bytes);
        var types = doc.Root!;
        types.Elements(ContentTypesNs + "Default")
            .Where(d => string.Equals((string?)d.Attribute("Extension"), "psmdcp", StringComparison.OrdinalIgnoreCase))
            .Remove();
        types.Add(new XElement(ContentTypesNs + "Override",
            new XAttribute("PartName", "/" + CorePropertiesName),
            new XAttribute("ContentType", CorePropertiesContentType)));
        return Serialize(doc);
    }

    private static byte[] FixPackageRelationships(byte[] bytes, string? oldCoreName)
    {
        var doc = Parse(bytes);
        var relationships = doc.Root!.Elements(RelationshipsNs + "Relationship").ToList();
        // Package-level relationship ids are referenced by nothing else, so renumbering them is safe.
        for (var i = 0; i < relationships.Count; i++)
        {
            var relationship = relationships[i];
            relationship.SetAttributeValue("Id", $"rId{i + 1}");
            var target = ((string?)relationship.Attribute("Target"))?.TrimStart('/');
            if (oldCoreName is not null && target == oldCoreName)
                relationship.SetAttributeValue("Target", "/" + CorePropertiesName);
        }
        return Serialize(doc);
    }

    private static XDocument Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream);
    }

    private static byte[] Serialize(XDocument doc)
    {
        using var stream = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            doc.Save(writer);
        }
        return stream.ToArray();
    }

    private static DateTimeOffset ZipTimestamp(DateTime utc)
    {
        // Zip (DOS) times run from 1980 to 2107 with two-second steps.
        var clamped = utc < new DateTime(1980, 1, 1) ? new DateTime(1980, 1, 1)
            : utc > new DateTime(2107, 12, 31) ? new DateTime(2107, 12, 31) : utc;
        var even = new DateTime(clamped.Year, clamped.Month, clamped.Day, clamped.Hour, clamped.Minute, clamped.Second / 2 * 2);
        return new DateTimeOffset(even, TimeSpan.Zero);
    }
}
