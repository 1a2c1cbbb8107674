using Briefing.Analysis.Ingestion;

namespace Briefing.Analysis.Tests.Ingestion;

public class DateParsingTests
{
    [Theory]
    [InlineData("פורסם: 24 בנובמבר 2025, 10:15", "2025-11-24")]
    [InlineData("24 במאי 2025", "2025-05-24")]
    [InlineData("מאת יואב קדמי | 03.05.2025 | 21:36", "2025-05-03")]
    [InlineData("24/11/2025", "2025-11-24")]
    [InlineData("Nov. 24, 2025", "2025-11-24")]
    [InlineData("November 24, 2025", "2025-11-24")]
    [InlineData("By Kayla Sorensen | Thursday, August 14, 2025", "2025-08-14")]
    [InlineData("24 November 2025", "2025-11-24")]
    [InlineData("Sept 3rd, 2024", "2024-09-03")]
    [InlineData("updated 2025-08-09 07:50", "2025-08-09")]
    public void Datelines_in_hebrew_and_english(string line, string expected) =>
        Assert.Equal(expected, DateParsing.FindDate(line)?.ToString("yyyy-MM-dd"));

    [Theory]
    [InlineData("עודכן לפני 3 שעות")]
    [InlineData("Section 907 of the 1992 act")]
    [InlineData("חדשות 24/7")]
    [InlineData("30.9 צ'לסי – בנפיקה")]
    public void Text_without_a_full_date_gives_none(string line) => Assert.Null(DateParsing.FindDate(line));

    [Theory]
    [InlineData("30.02.2025", "no day 30")]
    [InlineData("2025-02-30", "no day 30")]
    [InlineData("31 בספטמבר 2025", "no day 31")]
    [InlineData("March 3, 3000", "3000")]
    [InlineData("01.01.1850", "1850")]
    [InlineData("15.13.2025", "no month 13")]
    public void Impossible_dates_are_refused_with_a_warning(string line, string why)
    {
        var warnings = new List<string>();
        Assert.Null(DateParsing.FindDate(line, warnings));
        Assert.Contains(warnings, w => w.Contains(why));
    }

    [Theory]
    [InlineData("2025-08-08T19:45:00-04:00", 2025, 8, 8, 19, 45, -4)]
    [InlineData("2025-02-16T15:30:00+02:00", 2025, 2, 16, 15, 30, 2)]
    [InlineData("2025-06-12", 2025, 6, 12, 0, 0, 0)]
    [InlineData("2025-06-12T10:00:00Z", 2025, 6, 12, 10, 0, 0)]
    [InlineData("2025-06-12T10:00:00.123+0300", 2025, 6, 12, 10, 0, 3)]
    [InlineData("Wed, 24 Sep 2025 22:30:00 -0400", 2025, 9, 24, 22, 30, -4)]
    [InlineData("24 Sep 2025 22:30 EDT", 2025, 9, 24, 22, 30, -4)]
    [InlineData("Tue, 07 Apr 20 09:00:00 GMT", 2020, 4, 7, 9, 0, 0)]
    [InlineData("Thu, 29 Dec 2022 17:05:00 +0400", 2022, 12, 29, 17, 5, 4)]
    public void Metadata_timestamps_keep_their_stated_offset(string value, int y, int m, int d, int h, int min, int offsetHours) =>
        Assert.Equal(new DateTimeOffset(y, m, d, h, min, 0, TimeSpan.FromHours(offsetHours)), DateParsing.ParseTimestamp(value));

    [Theory]
    [InlineData("2025-02-29T10:00:00Z")]
    [InlineData("Sun, 30 Feb 2025 10:00:00 +0000")]
    [InlineData("2025-06-12T25:00:00Z")]
    [InlineData("2025-06-12T10:00:00+19:00")]
    [InlineData("yesterday")]
    public void Invalid_timestamps_give_null_and_a_warning(string value)
    {
        var warnings = new List<string>();
        Assert.Null(DateParsing.ParseTimestamp(value, warnings));
        Assert.Single(warnings);
    }
}
