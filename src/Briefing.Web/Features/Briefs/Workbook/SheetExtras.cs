using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Web.Features.Briefs.Workbook;

/// <summary>One external hyperlink on a cell, e.g. ("F2", https://…).</summary>
internal readonly record struct SheetLink(string CellReference, Uri Target);

/// <summary>A table (with autofilter) over a header row and its data; Headers must equal the header cells' text.</summary>
internal sealed record SheetTable(string Name, string Reference, IReadOnlyList<string> Headers);

/// <summary>Hyperlinks and tables to add to one sheet after ClosedXML has saved it.</summary>
internal sealed class SheetAdditions
{
    public List<SheetLink> Links { get; } = [];
    public List<SheetTable> Tables { get; } = [];
    public bool IsEmpty => Links.Count == 0 && Tables.Count == 0;
}

/// <summary>
/// Writes the markup for <see cref="SheetAdditions"/>. ClosedXML 0.95.4 makes both expensive: its Hyperlink setter
/// scans every link already on the sheet (10k links take seconds) and its tables re-read every cell on save. The
/// markup is small and fixed, so adding it to the saved XML is linear; the sheet XML is edited as UTF-8 bytes and
/// only markup after sheetData is searched, so cell text can never be mistaken for an element.
/// </summary>
internal static partial class SheetExtras
{
    public const string TableContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
    private const string HyperlinkType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    private const string TableType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // Schema order after sheetData: hyperlinks come before these; tableParts only before extLst.
    private static readonly string[] AfterHyperlinks =
        ["printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties",
         "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture",
         "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];
    private static readonly string[] AfterTableParts = ["extLst"];

    /// <summary>
    /// Writes the sheet XML with the additions spliced in, adding their relationships to <paramref name="relationships"/>
    /// and returning the table parts to create as (number, xml).
    /// </summary>
    public static List<(int Number, byte[] Xml)> WriteSheet(
        byte[] sheetXml, SheetAdditions additions, SheetRelationships relationships, ref int tableNumber, Stream destination)
    {
        var head = Encoding.UTF8.GetString(sheetXml, 0, Math.Min(sheetXml.Length, 1024));
        var prefix = RootPrefix().Match(head) is { Success: true } m ? m.Groups[1].Value : "";
        var span = sheetXml.AsSpan();
        var afterSheetData = Math.Max(
            span.LastIndexOf(Encoding.UTF8.GetBytes($"</{prefix}sheetData>")),
            span.LastIndexOf(Encoding.UTF8.GetBytes($"<{prefix}sheetData/>")));
        if (afterSheetData < 0) throw new InvalidOperationException("Worksheet has no sheetData.");

        var edits = new List<(int At, int Remove, byte[] Insert)>();
        var tables = new List<(int, byte[])>();
        if (additions.Links.Count > 0)
        {
            var element = new StringBuilder(additions.Links.Count * 48);
            element.Append('<').Append(prefix).Append("hyperlinks xmlns:r=\"").Append(RelationshipsNamespace).Append("\">");
            foreach (var link in additions.Links)
            {
                var id = relationships.Add(HyperlinkType, link.Target.AbsoluteUri, external: true);
                element.Append('<').Append(prefix).Append("hyperlink ref=\"").Append(link.CellReference)
                    .Append("\" r:id=\"").Append(id).Append("\"/>");
            }
            element.Append("</").Append(prefix).Append("hyperlinks>");
            edits.Add(Placement(span, afterSheetData, prefix, "hyperlinks", AfterHyperlinks, element.ToString()));
        }
        if (additions.Tables.Count > 0)
        {
            var element = new StringBuilder();
            element.Append('<').Append(prefix).Append("tableParts count=\"").Append(additions.Tables.Count)
                .Append("\" xmlns:r=\"").Append(RelationshipsNamespace).Append("\">");
            foreach (var table in additions.Tables)
            {
                tableNumber++;
                tables.Add((tableNumber, TableXml(tableNumber, table)));
                var id = relationships.Add(TableType, $"../tables/table{tableNumber}.xml", external: false);
                element.Append('<').Append(prefix).Append("tablePart r:id=\"").Append(id).Append("\"/>");
            }
            element.Append("</").Append(prefix).Append("tableParts>");
            edits.Add(Placement(span, afterSheetData, prefix, "tableParts", AfterTableParts, element.ToString()));
        }

        var position = 0;
        foreach (var (at, remove, insert) in edits.OrderBy(e => e.At).ThenBy(e => e.Remove))
        {
            destination.Write(span[position..at]);
            destination.Write(insert);
            position = at + remove;
        }
        destination.Write(span[position..]);
        return tables;
    }

    /// <summary>
    /// Where the element goes: in place of an empty placeholder of the same name (ClosedXML writes
    /// &lt;tableParts count="0"/&gt;), else before the first follower, else before the closing tag.
    /// </summary>
    private static (int At, int Remove, byte[] Insert) Placement(
        ReadOnlySpan<byte> xml, int afterSheetData, string prefix, string name, string[] followers, string element)
    {
        var insert = Encoding.UTF8.GetBytes(element);
        var tail = xml[afterSheetData..];
        var existing = tail.IndexOf(Encoding.UTF8.GetBytes($"<{prefix}{name}"));
        if (existing >= 0)
        {
            var end = tail[existing..].IndexOf((byte)'>') + existing;
            if (tail[end - 1] != (byte)'/') throw new InvalidOperationException($"Worksheet already has {name}.");
            return (afterSheetData + existing, end + 1 - existing, insert);
        }
        foreach (var follower in followers)
        {
            var at = tail.IndexOf(Encoding.UTF8.GetBytes($"<{prefix}{follower}"));
            if (at >= 0) return (afterSheetData + at, 0, insert);
        }
        return (xml.LastIndexOf(Encoding.UTF8.GetBytes($"</{prefix}worksheet>")), 0, insert);
    }

    private static byte[] TableXml(int id, SheetTable table)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
            .Append("<table xmlns=\"").Append(PackageXml.Main.NamespaceName).Append("\" id=\"").Append(id)
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

    internal static string Escape(string text) => SecurityElement.Escape(text);

    [GeneratedRegex(@"<(\w+:)?worksheet[\s>]")]
    private static partial Regex RootPrefix();
}

/// <summary>A sheet's relationships part, extended with ids that cannot collide with the existing ones.</summary>
internal sealed class SheetRelationships
{
    private readonly string _existing;
    private readonly HashSet<string> _used;
    private readonly StringBuilder _added = new();
    private int _next = 1;

    public SheetRelationships(byte[]? existing)
    {
        var text = existing is null ? "" : Encoding.UTF8.GetString(existing);
        if (!text.Contains("</", StringComparison.Ordinal))
        {
            // Absent, or an empty self-closing root: nothing to keep.
            _existing = $"<?xml version=\"1.0\" encoding=\"utf-8\"?><Relationships xmlns=\"{PackageXml.Relationships.NamespaceName}\"></Relationships>";
            _used = [];
            return;
        }
        _existing = text;
        _used = PackageXml.Parse(existing!).Root!.Elements(PackageXml.Relationships + "Relationship")
            .Select(r => (string)r.Attribute("Id")!).ToHashSet();
    }

    public string Add(string type, string target, bool external)
    {
        string id;
        do id = $"rIdX{_next++}"; while (_used.Contains(id));
        _added.Append("<Relationship Id=\"").Append(id).Append("\" Type=\"").Append(type)
            .Append("\" Target=\"").Append(SheetExtras.Escape(target)).Append('"');
        if (external) _added.Append(" TargetMode=\"External\"");
        _added.Append("/>");
        return id;
    }

    public byte[] ToBytes()
    {
        var close = _existing.LastIndexOf("</", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(string.Concat(_existing.AsSpan(0, close), _added.ToString(), _existing.AsSpan(close)));
    }
}
