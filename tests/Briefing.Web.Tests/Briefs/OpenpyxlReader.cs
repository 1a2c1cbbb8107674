using System.Diagnostics;
using System.Text.Json;

namespace Briefing.Web.Tests.Briefs;

/// <summary>
/// An independent reader: python3 with openpyxl dumps what it sees in a workbook as JSON.
/// Missing python3/openpyxl is a failure, not a skip — CI installs python3-openpyxl.
/// </summary>
internal static class OpenpyxlReader
{
    private const string Script = """
        import datetime, json, sys
        import openpyxl

        def plain(value):
            if isinstance(value, (datetime.datetime, datetime.date)):
                return value.isoformat()
            return value

        wb = openpyxl.load_workbook(sys.argv[1])
        props = wb.properties
        out = {
            "properties": {"title": props.title, "creator": props.creator, "subject": props.subject,
                           "created": plain(props.created)},
            "sheets": [],
        }
        for ws in wb.worksheets:
            setup = ws.sheet_properties.pageSetUpPr
            sheet = {
                "name": ws.title,
                "rtl": bool(ws.sheet_view.rightToLeft),
                "freeze": ws.freeze_panes,
                "tables": [{"name": t.displayName, "ref": t.ref, "autoFilter": t.autoFilter is not None}
                           for t in ws.tables.values()],
                "orientation": ws.page_setup.orientation,
                "fitToWidth": ws.page_setup.fitToWidth,
                "fitToHeight": ws.page_setup.fitToHeight,
                "fitToPage": bool(setup.fitToPage) if setup is not None else False,
                "printTitleRows": ws.print_title_rows,
                "cells": [],
            }
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None:
                        continue
                    sheet["cells"].append({
                        "ref": c.coordinate, "row": c.row, "col": c.column, "type": c.data_type,
                        "isDate": bool(c.is_date), "value": plain(c.value), "format": c.number_format,
                        "link": c.hyperlink.target if c.hyperlink is not None else None,
                        "quotePrefix": bool(c.quotePrefix), "font": c.font.name,
                    })
            out["sheets"].append(sheet)
        json.dump(out, sys.stdout, ensure_ascii=False)
        """;

    public static JsonElement Read(byte[] workbook)
    {
        var python = FindPython();
        var folder = Directory.CreateTempSubdirectory("brief-openpyxl-");
        try
        {
            var scriptPath = Path.Combine(folder.FullName, "read_workbook.py");
            var workbookPath = Path.Combine(folder.FullName, "brief.xlsx");
            File.WriteAllText(scriptPath, Script);
            File.WriteAllBytes(workbookPath, workbook);
            var (exitCode, stdout, stderr) = Run(python, scriptPath, workbookPath);
            Assert.True(exitCode == 0, $"openpyxl could not read the workbook (exit {exitCode}):\n{stderr}");
            using var json = JsonDocument.Parse(stdout);
            return json.RootElement.Clone();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>BRIEFING_PYTHON if set, then the system python (where apt puts openpyxl), then python3 on PATH.</summary>
    private static string FindPython()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("BRIEFING_PYTHON"), "/usr/bin/python3", "python3" }
            .Where(c => !string.IsNullOrWhiteSpace(c)).Distinct().ToList();
        var tried = new List<string>();
        foreach (var candidate in candidates)
        {
            try
            {
                var (exitCode, _, stderr) = Run(candidate!, "-c", "import openpyxl");
                if (exitCode == 0) return candidate!;
                tried.Add($"{candidate}: {stderr.Trim()}");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                tried.Add($"{candidate}: {e.Message}");
            }
        }
        Assert.Fail("No python3 with openpyxl found (install python3-openpyxl). Tried:\n" + string.Join("\n", tried));
        return "";
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            Assert.Fail($"{fileName} did not finish within 60 s");
        }
        return (process.ExitCode, stdout, stderrTask.GetAwaiter().GetResult());
    }
}
