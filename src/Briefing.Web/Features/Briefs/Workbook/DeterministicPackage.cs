using System.Xml.Linq;

namespace Briefing.Web.Features.Briefs.Workbook;

/// <summary>
/// Makes equal content give equal bytes. System.IO.Packaging stamps every zip entry with the current time, names the
/// core-properties part with a random GUID and gives package relationships random ids; this fixes all three
/// (core properties move to the conventional docProps/core.xml; entries get the brief's generation time).
/// </summary>
internal static class DeterministicPackage
{
    private const string ContentTypesName = "[Content_Types].xml";
    private const string PackageRelsName = "_rels/.rels";
    private const string CorePropertiesName = "docProps/core.xml";
    private const string CorePropertiesContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    private static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static void Normalize(PackageEntries entries)
    {
        var oldCoreName = entries.Names.FirstOrDefault(n => n.EndsWith(".psmdcp", StringComparison.OrdinalIgnoreCase));
        if (oldCoreName is not null)
        {
            entries.Rename(oldCoreName, CorePropertiesName);
            entries.Set(ContentTypesName, FixContentTypes(entries.Get(ContentTypesName)));
        }
        if (entries.TryGet(PackageRelsName, out var rels))
            entries.Set(PackageRelsName, FixPackageRelationships(rels, oldCoreName));
    }

    /// <summary>Zip (DOS) times run from 1980 to 2107 in two-second steps.</summary>
    public static DateTimeOffset ZipTimestamp(DateTime utc)
    {
        var clamped = utc < new DateTime(1980, 1, 1) ? new DateTime(1980, 1, 1)
            : utc > new DateTime(2107, 12, 31) ? new DateTime(2107, 12, 31) : utc;
        var even = new DateTime(clamped.Year, clamped.Month, clamped.Day, clamped.Hour, clamped.Minute, clamped.Second / 2 * 2);
        return new DateTimeOffset(even, TimeSpan.Zero);
    }

    private static byte[] FixContentTypes(byte[] bytes)
    {
        var doc = PackageEntries.ParseXml(bytes);
        var types = doc.Root!;
        types.Elements(ContentTypesNs + "Default")
            .Where(d => string.Equals((string?)d.Attribute("Extension"), "psmdcp", StringComparison.OrdinalIgnoreCase))
            .Remove();
        types.Add(new XElement(ContentTypesNs + "Override",
            new XAttribute("PartName", "/" + CorePropertiesName),
            new XAttribute("ContentType", CorePropertiesContentType)));
        return PackageEntries.SerializeXml(doc);
    }

    private static byte[] FixPackageRelationships(byte[] bytes, string? oldCoreName)
    {
        var doc = PackageEntries.ParseXml(bytes);
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
        return PackageEntries.SerializeXml(doc);
    }
}
