using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Briefing.Web.Features.Briefs.Workbook;

/// <summary>One external hyperlink on a cell, e.g. ("F2", https://…).</summary>
internal readonly record struct SheetLink(string CellReference, Uri Target);

/// <summary>A table (with autofilter) over a header row and its data; Headers must equal the header cells' text.</summary>
internal sealed record SheetTable(string Name, string Reference, IReadOnlyList<string> Headers);

/// <summary>What to add to one saved sheet.</summary>
internal sealed class SheetAdditions
{
    public List<SheetLink> Links { get; } = [];
    public List<SheetTable> Tables { get; } = [];
}

/// <summary>
/// Adds hyperlinks and tables to the saved package. ClosedXML 0.95.4 makes both expensive: its Hyperlink setter
/// scans every link already on the sheet (10k links take seconds) and its tables re-read every cell on save. The
/// markup is simple and fixed, so writing it afterwards is linear and keeps the output under our control.
/// </summary>
internal static partial class SheetExtras
{
    private const string HyperlinkType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    private const string TableType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
    private const string TableContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace PackageRels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Main = MainNamespace;
    private static readonly XNamespace OfficeRels = RelationshipsNamespace;

    public static void Apply(PackageEntries entries, IReadOnlyDictionary<string, SheetAdditions> additionsBySheet)
    {
        var sheetParts = SheetPartsByName(entries);
        var tableNumber = entries.Names.Count(n => n.StartsWith("xl/tables/", StringComparison.Ordinal));
        var newTableParts = new List<string>();
        // Sheet order, so table numbers and part names do not depend on dictionary order.
        foreach (var (sheetName, partName) in sheetParts)
        {
            if (!additionsBySheet.TryGetValue(sheetName, out var additions)) continue;
            if (additions.Links.Count == 0 && additions.Tables.Count == 0) continue;

            var relsName = RelationshipsPartName(partName);
            var rels = new SheetRelationships(entries.TryGet(relsName, out var existing) ? existing : null);
            var xml = Encoding.UTF8.GetString(entries.Get(partName));
            var prefix = RootPrefix().Match(xml) is { Success: true } m ? m.Groups[1].Value : "";

            if (additions.Links.Count > 0)
            {
                var element = new StringBuilder(additions.Links.Count * 48);
                element.Append('<').Append(prefix).Append("hyperlinks xmlns:r=\"").Append(RelationshipsNamespace).Append("\">");
                foreach (var link in additions.Links)
                {
                    var id = rels.Add(HyperlinkType, link.Target.AbsoluteUri, external: true);
                    element.Append('<').Append(prefix).Append("hyperlink ref=\"").Append(link.CellReference)
                        .Append("\" r:id=\"").Append(id).Append("\"/>");
                }
                element.Append("</").Append(prefix).Append("hyperlinks>");
                xml = InsertAfterSheetData(xml, prefix, "hyperlinks", element.ToString(),
                    ["printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "drawing", "legacyDrawing", "tableParts", "extLst"]);
            }

            if (additions.Tables.Count > 0)
            {
                var element = new StringBuilder();
                element.Append('<').Append(prefix).Append("tableParts count=\"").Append(additions.Tables.Count)
                    .Append("\" xmlns:r=\"").Append(RelationshipsNamespace).Append("\">");
                foreach (var table in additions.Tables)
                {
                    tableNumber++;
                    var tablePart = $"xl/tables/table{tableNumber}.xml";
                    entries.Set(tablePart, TableXml(tableNumber, table));
                    newTableParts.Add(tablePart);
                    var id = rels.Add(TableType, $"../tables/table{tableNumber}.xml", external: false);
                    element.Append('<').Append(prefix).Append("tablePart r:id=\"").Append(id).Append("\"/>");
                }
                element.Append("</").Append(prefix).Append("tableParts>");
                xml = InsertAfterSheetData(xml, prefix, "tableParts", element.ToString(), ["extLst"]);
            }

            entries.Set(partName, Encoding.UTF8.GetBytes(xml));
            entries.Set(relsName, rels.ToBytes());
        }
        if (newTableParts.Count > 0) AddContentTypes(entries, newTableParts);
    }

    private static byte[] TableXml(int id, SheetTable table)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
            .Append("<table xmlns=\"").Append(MainNamespace).Append("\" id=\"").Append(id)
            .Append("\" name=\"").Append(Escape(table.Name)).Append("\" displayName=\"").Append(Escape(table.Name))
            .Append("\" ref=\"").Append(table.Reference).Append("\" headerRowCount=\"1\" totalsRowShown=\"0\">")
            .Append("<autoFilter ref=\"").Append(table.Reference).Append("\"/>")
            .Append("<tableColumns count=\"").Append(table.Headers.Count).Append("\">");
        for (var i = 0; i < table.Headers.Count; i++)
            xml.Append("<tableColumn id=\"").Append(i + 1).Append("\" name=\"").Append(Escape(table.Headers[i])).Append("\"/>");
        xml.Append("</tableColumns>")
            .Append("<tableStyleInfo name=\"TableStyleLight9\" showFirstColumn=\"0\" showLastColumn=\"0\" showRowStripes=\"1\" showColumnStripes=\"0\"/>")
            .Append("</table>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static void AddContentTypes(PackageEntries entries, List<string> parts)
    {
        var doc = PackageEntries.ParseXml(entries.Get("[Content_Types].xml"));
        foreach (var part in parts)
        {
            doc.Root!.Add(new XElement(ContentTypes + "Override",
                new XAttribute("PartName", "/" + part),
                new XAttribute("ContentType", TableContentType)));
        }
        entries.Set("[Content_Types].xml", PackageEntries.SerializeXml(doc));
    }

    /// <summary>
    /// Inserts before the first of <paramref name="followers"/> found after sheetData (schema order), else before the
    /// closing tag; an empty placeholder of the same element (ClosedXML writes &lt;tableParts count="0"/&gt;) is
    /// dropped first. Only markup after sheetData is searched, so cell text cannot be mistaken for an element.
    /// </summary>
    private static string InsertAfterSheetData(string xml, string prefix, string name, string element, string[] followers)
    {
        var searchFrom = Math.Max(
            xml.LastIndexOf($"</{prefix}sheetData>", StringComparison.Ordinal),
            xml.LastIndexOf($"<{prefix}sheetData/>", StringComparison.Ordinal));
        if (searchFrom < 0) throw new InvalidOperationException("Worksheet has no sheetData.");
        var existing = xml.IndexOf($"<{prefix}{name}", searchFrom, StringComparison.Ordinal);
        if (existing >= 0)
        {
            var end = xml.IndexOf('>', existing);
            if (xml[end - 1] != '/') throw new InvalidOperationException($"Worksheet already has {name}.");
            xml = string.Concat(xml.AsSpan(0, existing), xml.AsSpan(end + 1));
        }
        var insertAt = -1;
        foreach (var follower in followers)
        {
            insertAt = xml.IndexOf($"<{prefix}{follower}", searchFrom, StringComparison.Ordinal);
            if (insertAt >= 0) break;
        }
        if (insertAt < 0) insertAt = xml.LastIndexOf($"</{prefix}worksheet>", StringComparison.Ordinal);
        return string.Concat(xml.AsSpan(0, insertAt), element, xml.AsSpan(insertAt));
    }

    /// <summary>Sheet name → part name, in workbook order.</summary>
    private static List<(string Name, string Part)> SheetPartsByName(PackageEntries entries)
    {
        var workbook = PackageEntries.ParseXml(entries.Get("xl/workbook.xml"));
        var rels = PackageEntries.ParseXml(entries.Get("xl/_rels/workbook.xml.rels"));
        var targets = rels.Root!.Elements(PackageRels + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        return workbook.Descendants(Main + "sheet")
            .Select(s => ((string)s.Attribute("name")!, ResolvePart(targets[(string)s.Attribute(OfficeRels + "id")!])))
            .ToList();
    }

    private static string ResolvePart(string target) => target.StartsWith('/') ? target[1..] : "xl/" + target;

    private static string RelationshipsPartName(string partName)
    {
        var slash = partName.LastIndexOf('/');
        return $"{partName[..(slash + 1)]}_rels/{partName[(slash + 1)..]}.rels";
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    [GeneratedRegex(@"<(\w+:)?worksheet[\s>]")]
    private static partial Regex RootPrefix();

    /// <summary>A sheet's relationships part, extended with new ids that cannot collide with existing ones.</summary>
    private sealed class SheetRelationships
    {
        private readonly string _existing;
        private readonly HashSet<string> _used;
        private readonly StringBuilder _added = new();
        private int _next = 1;

        public SheetRelationships(byte[]? existing)
        {
            if (existing is null)
            {
                _existing = $"<?xml version=\"1.0\" encoding=\"utf-8\"?><Relationships xmlns=\"{PackageRels.NamespaceName}\"></Relationships>";
                _used = [];
                return;
            }
            _existing = Encoding.UTF8.GetString(existing);
            _used = PackageEntries.ParseXml(existing).Root!.Elements(PackageRels + "Relationship")
                .Select(r => (string)r.Attribute("Id")!).ToHashSet();
        }

        public string Add(string type, string target, bool external)
        {
            string id;
            do id = $"rIdX{_next++}"; while (_used.Contains(id));
            _added.Append("<Relationship Id=\"").Append(id).Append("\" Type=\"").Append(type)
                .Append("\" Target=\"").Append(Escape(target)).Append('"');
            if (external) _added.Append(" TargetMode=\"External\"");
            _added.Append("/>");
            return id;
        }

        public byte[] ToBytes()
        {
            var close = _existing.LastIndexOf("</", StringComparison.Ordinal);
            if (close < 0) throw new InvalidOperationException("Unexpected relationships part without a closing tag.");
            return Encoding.UTF8.GetBytes(string.Concat(_existing.AsSpan(0, close), _added.ToString(), _existing.AsSpan(close)));
        }
    }
}
