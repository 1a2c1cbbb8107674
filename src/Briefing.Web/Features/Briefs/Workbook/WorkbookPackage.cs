using System.IO.Compression;

namespace Briefing.Web.Features.Briefs.Workbook;

/// <summary>
/// Turns ClosedXML's saved package into the final file in one streaming pass: hyperlinks and tables added
/// (<see cref="SheetExtras"/>), names, ids and timestamps made deterministic (<see cref="DeterministicPackage"/>).
/// Parts are copied one at a time so the finished file costs little memory beyond ClosedXML's own.
/// </summary>
internal static class WorkbookPackage
{
    private const string ContentTypesName = "[Content_Types].xml";
    private const string PackageRelsName = "_rels/.rels";

    public static void Finish(Stream saved, Stream output, DateTime generatedAtUtc, IReadOnlyDictionary<string, SheetAdditions> additionsBySheet)
    {
        using var source = new ZipArchive(saved, ZipArchiveMode.Read, leaveOpen: true);
        var entries = source.Entries.ToDictionary(e => e.FullName, StringComparer.Ordinal);
        var oldCoreName = entries.Keys.FirstOrDefault(DeterministicPackage.IsRandomCorePropertiesName);

        // Sheet part → additions, in workbook order, so table numbers do not depend on dictionary order.
        var sheets = new Dictionary<string, SheetAdditions>(StringComparer.Ordinal);
        var sheetOrder = new List<string>();
        foreach (var (name, part) in SheetParts(entries))
        {
            if (additionsBySheet.TryGetValue(name, out var additions) && !additions.IsEmpty)
            {
                sheets[part] = additions;
                sheetOrder.Add(part);
            }
        }
        var tableNumber = entries.Keys.Count(n => n.StartsWith("xl/tables/", StringComparison.Ordinal));
        var firstNewTable = tableNumber + 1;
        var newTables = sheetOrder.Sum(p => sheets[p].Tables.Count);
        var tableOverrides = Enumerable.Range(firstNewTable, newTables)
            .Select(n => ($"xl/tables/table{n}.xml", SheetExtras.TableContentType));

        var stamp = DeterministicPackage.ZipTimestamp(generatedAtUtc);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Write(target, ContentTypesName, stamp, DeterministicPackage.FixContentTypes(
            PackageXml.ReadAll(entries[ContentTypesName]), oldCoreName is not null, tableOverrides));

        var relationships = sheetOrder.ToDictionary(
            p => p,
            p => new SheetRelationships(entries.TryGetValue(PackageXml.RelationshipsPartName(p), out var rels) ? PackageXml.ReadAll(rels) : null));
        var sheetRelsNames = sheetOrder.ToDictionary(PackageXml.RelationshipsPartName, p => p);
        var tableParts = new List<(int Number, byte[] Xml)>();

        foreach (var entry in source.Entries)
        {
            var name = entry.FullName;
            if (name == ContentTypesName || sheetRelsNames.ContainsKey(name)) continue; // written first / after their sheets
            if (name == PackageRelsName)
                Write(target, name, stamp, DeterministicPackage.FixPackageRelationships(PackageXml.ReadAll(entry), oldCoreName));
            else if (name == oldCoreName)
                Copy(entry, target, DeterministicPackage.CorePropertiesName, stamp);
            else if (sheets.TryGetValue(name, out var additions))
            {
                var created = target.CreateEntry(name, CompressionLevel.Optimal);
                created.LastWriteTime = stamp;
                using var stream = created.Open();
                tableParts.AddRange(SheetExtras.WriteSheet(PackageXml.ReadAll(entry), additions, relationships[name], ref tableNumber, stream));
            }
            else
                Copy(entry, target, name, stamp);
        }
        foreach (var part in sheetOrder)
            Write(target, PackageXml.RelationshipsPartName(part), stamp, relationships[part].ToBytes());
        foreach (var (number, xml) in tableParts)
            Write(target, $"xl/tables/table{number}.xml", stamp, xml);
    }

    /// <summary>(sheet name, part name) in workbook order.</summary>
    private static List<(string Name, string Part)> SheetParts(Dictionary<string, ZipArchiveEntry> entries)
    {
        var workbook = PackageXml.Parse(PackageXml.ReadAll(entries["xl/workbook.xml"]));
        var rels = PackageXml.Parse(PackageXml.ReadAll(entries["xl/_rels/workbook.xml.rels"]));
        var targets = rels.Root!.Elements(PackageXml.Relationships + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        return workbook.Descendants(PackageXml.Main + "sheet")
            .Select(s =>
            {
                var partTarget = targets[(string)s.Attribute(PackageXml.OfficeRelationships + "id")!];
                return ((string)s.Attribute("name")!, partTarget.StartsWith('/') ? partTarget[1..] : "xl/" + partTarget);
            })
            .ToList();
    }

    private static void Write(ZipArchive target, string name, DateTimeOffset stamp, byte[] bytes)
    {
        var entry = target.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = stamp;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private static void Copy(ZipArchiveEntry entry, ZipArchive target, string name, DateTimeOffset stamp)
    {
        var created = target.CreateEntry(name, CompressionLevel.Optimal);
        created.LastWriteTime = stamp;
        using var from = entry.Open();
        using var to = created.Open();
        from.CopyTo(to);
    }
}
