using System.Security;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>RSS 2.0 documents with distinct, dated items for the feed tests.</summary>
public static class FeedXml
{
    public sealed record Item(string Title, string Link, string Date, string Body);

    public static readonly Item[] Items =
    [
        new("Baku hosts talks on the Middle Corridor", "https://news.example/baku-corridor",
            "Thu, 20 Nov 2025 09:00:00 GMT",
            "Officials from Azerbaijan and Kazakhstan met in Baku on Wednesday to discuss freight rates on the Middle Corridor. The ministers agreed to publish a joint tariff table before March and to review customs procedures at the Caspian ports."),
        new("Knesset committee reviews water pricing", "https://news.example/knesset-water",
            "Fri, 21 Nov 2025 11:30:00 GMT",
            "The Knesset finance committee spent four hours on a proposal to change household water tariffs. Members asked the water authority for data on consumption in the Negev towns and postponed the vote by two weeks."),
        new("Port of Haifa reports record container volume", "https://news.example/haifa-port",
            "Sun, 23 Nov 2025 07:15:00 GMT",
            "The Port of Haifa handled more containers in October than in any month since it was privatised, the operator said. Managers credited new cranes and a second shift, and warned that rail links to the port remain a bottleneck."),
    ];

    public static string Rss(int itemCount) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>Example News</title>
            <link>https://news.example/</link>
            <language>en</language>
            {string.Concat(Items.Take(itemCount).Select(i => $"""
            <item>
              <title>{SecurityElement.Escape(i.Title)}</title>
              <link>{i.Link}</link>
              <pubDate>{i.Date}</pubDate>
              <description>{SecurityElement.Escape("<p>" + i.Body + "</p>")}</description>
            </item>
            """))}
          </channel>
        </rss>
        """;

    public const string Xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <rss version="2.0"><channel><title>t</title>
        <item><title>Leak</title><link>https://news.example/leak</link><description>&secret;</description></item>
        </channel></rss>
        """;
}
