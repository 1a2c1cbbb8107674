using System.Globalization;
using System.IO.Compression;
using Briefing.Web.Features.Briefs.Workbook;

namespace Briefing.Web.Tests.Briefs;

public class WorkbookDeterminismTests
{
    [Fact]
    public async Task Same_document_gives_identical_bytes_even_seconds_apart()
    {
        var writer = new BriefWorkbookWriter();
        var first = writer.Write(BriefSamples.Hebrew());
        // Zip entry times have two-second resolution; wait past that so a clock leak would show.
        await Task.Delay(2_200, TestContext.Current.CancellationToken);
        var second = writer.Write(BriefSamples.Hebrew());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Bytes_do_not_depend_on_the_current_culture()
    {
        var writer = new BriefWorkbookWriter();
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            var english = writer.Write(BriefSamples.Hebrew());
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("he-IL");
            var hebrew = writer.Write(BriefSamples.Hebrew());
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var german = writer.Write(BriefSamples.Hebrew());

            Assert.Equal(english, hebrew);
            Assert.Equal(english, german);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Writing_to_a_non_seekable_stream_gives_the_same_bytes()
    {
        var writer = new BriefWorkbookWriter();
        var expected = writer.Write(BriefSamples.Hebrew());
        using var sink = new MemoryStream();
        writer.Write(BriefSamples.Hebrew(), new ForwardOnlyStream(sink));

        Assert.Equal(expected, sink.ToArray());
    }

    [Fact]
    public async Task Async_writing_to_a_sync_refusing_stream_gives_the_same_bytes()
    {
        var writer = new BriefWorkbookWriter();
        var expected = writer.Write(BriefSamples.Hebrew());
        using var sink = new MemoryStream();
        await writer.WriteAsync(BriefSamples.Hebrew(), new AsyncOnlyStream(sink), TestContext.Current.CancellationToken);

        Assert.Equal(expected, sink.ToArray());
    }

    [Fact]
    public void Writing_to_a_file_gives_the_same_bytes()
    {
        var writer = new BriefWorkbookWriter();
        var expected = writer.Write(BriefSamples.English());
        var path = Path.Combine(Path.GetTempPath(), $"brief-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var file = File.Create(path)) writer.Write(BriefSamples.English(), file);
            Assert.Equal(expected, File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Zip_entries_carry_the_generation_time_not_the_clock()
    {
        var bytes = new BriefWorkbookWriter().Write(BriefSamples.Hebrew());
        using var zip = new ZipArchive(new MemoryStream(bytes));

        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2025, 8, 10, 7, 30, 0), e.LastWriteTime.DateTime));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.Contains(zip.Entries, e => e.FullName == "docProps/core.xml");
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
    }

    [Fact]
    public void Different_content_or_time_gives_different_bytes()
    {
        var writer = new BriefWorkbookWriter();
        var original = writer.Write(BriefSamples.Hebrew());

        Assert.NotEqual(original, writer.Write(BriefSamples.Hebrew() with { GeneratedAtUtc = BriefSamples.GeneratedAt.AddMinutes(1) }));
        Assert.NotEqual(original, writer.Write(BriefSamples.Hebrew() with { OverallSummary = "אחר" }));
    }

    [Fact]
    public void Json_round_trip_gives_the_same_workbook()
    {
        var document = BriefSamples.Hebrew();
        var json = BriefDocumentJson.Serialize(document);
        var restored = BriefDocumentJson.Deserialize(json);
        var writer = new BriefWorkbookWriter();

        Assert.Contains("\"precision\":\"month\"", json);
        Assert.Contains("\"kind\":\"updated\"", json);
        Assert.Contains("\"week\":\"2025-W32\"", json);
        Assert.Equal(DateTimeKind.Utc, restored.GeneratedAtUtc.Kind);
        Assert.Equal(writer.Write(document), writer.Write(restored));
    }

    /// <summary>Like Kestrel's response body: synchronous writes throw.</summary>
    private sealed class AsyncOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(buffer, cancellationToken);
    }

    /// <summary>Like an HTTP response body: no seeking, no length, no position.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
