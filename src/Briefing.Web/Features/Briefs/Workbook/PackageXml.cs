using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Briefing.Web.Features.Briefs.Workbook;

internal static class PackageXml
{
    public static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    public static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static readonly XNamespace OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var buffer = new MemoryStream(entry.Length is > 0 and < int.MaxValue ? (int)entry.Length : 0);
        stream.CopyTo(buffer);
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    public static XDocument Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream);
    }

    public static byte[] Serialize(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }

    /// <summary>"xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels".</summary>
    public static string RelationshipsPartName(string partName)
    {
        var slash = partName.LastIndexOf('/');
        return $"{partName[..(slash + 1)]}_rels/{partName[(slash + 1)..]}.rels";
    }
}
