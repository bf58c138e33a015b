using System.Diagnostics;

namespace Juesuan.Documents.Writing.Rendering;

/// <summary>
/// Converts a .docx to PDF with LibreOffice headless (<c>soffice --convert-to pdf</c>), which
/// embeds the fonts it lays out with (Noto CJK on Debian). Each conversion gets its own
/// LibreOffice profile so that conversions can run side by side and never meet a user's
/// running instance. <c>scripts/install-office.sh</c> installs LibreOffice and the fonts.
/// </summary>
public static class PdfConverter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The system's fontconfig plus the Chinese official fonts mapped to the simplified-Chinese
    /// Noto faces (宋体/仿宋 → Noto Serif CJK SC, 黑体 → Noto Sans CJK SC); left to itself,
    /// fontconfig may pick the Japanese face, whose glyphs differ for some characters.
    /// </summary>
    private const string FontAliases = """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
          <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>SimSun</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
          <alias binding="same"><family>SimHei</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
          <alias binding="same"><family>Times New Roman</family><prefer><family>Liberation Serif</family><family>DejaVu Serif</family></prefer></alias>
        </fontconfig>
        """;

    /// <summary>The LibreOffice program on PATH, or null when it is not installed.</summary>
    public static string? Program { get; } = Find();

    /// <summary>Converts <paramref name="docx"/> into <paramref name="outputFolder"/>; returns the PDF's path, or an error message.</summary>
    public static (string? Pdf, string? Error) Convert(string docx, string outputFolder)
    {
        if (Program is null)
        {
            return (null, "生成 PDF 需要 LibreOffice（soffice），请先运行 scripts/install-office.sh");
        }

        var profile = Directory.CreateTempSubdirectory("juesuan-lo-");
        try
        {
            var start = new ProcessStartInfo(Program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            var fonts = Path.Combine(profile.FullName, "fonts.conf");
            File.WriteAllText(fonts, FontAliases);
            start.Environment["FONTCONFIG_FILE"] = fonts;
            foreach (var arg in new[] { "-env:UserInstallation=" + new Uri(profile.FullName).AbsoluteUri, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outputFolder, docx })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = System.Diagnostics.Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return (null, "LibreOffice 转换超时");
            }

            var pdf = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(docx) + ".pdf");
            return File.Exists(pdf) ? (pdf, null) : (null, $"LibreOffice 未生成 PDF（退出码 {process.ExitCode}）：{stderr.Result.Trim()}");
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A profile LibreOffice still holds is left to the temp cleaner.
            }
        }
    }

    private static string? Find()
    {
        foreach (var name in new[] { "soffice", "libreoffice" })
        {
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var path = Path.Combine(dir, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }
}
