using System.Text.Json;
using System.Text.RegularExpressions;
using Juesuan.Cli.Serving;

namespace Juesuan.Cli.Tests.Serving;

/// <summary><c>juesuan serve</c>: starts on the address given, fills the demo, prints the accounts, stops on cancel.</summary>
public class ServeCommandTests
{
    [Fact]
    public async Task Serve_StartsWithTheDemo_PrintsAddressAndAccounts()
    {
        var data = Directory.CreateTempSubdirectory("juesuan-serve-").FullName;
        using var cancel = new CancellationTokenSource();
        var (stdoutText, stderrText) = (new StringWriter(), new StringWriter());
        var (stdout, stderr) = (TextWriter.Synchronized(stdoutText), TextWriter.Synchronized(stderrText));

        // The synchronized writers lock on themselves while writing.
        string Out()
        {
            lock (stdout)
            {
                return stdoutText.ToString();
            }
        }

        var run = ServeCommand.RunAsync("http://127.0.0.1:0", data, stdout, stderr, cancel.Token);
        try
        {
            string? url = null;
            for (var i = 0; i < 600 && url is null && !run.IsCompleted; i++)
            {
                await Task.Delay(100);
                url = Regex.Match(Out(), @"http://127\.0\.0\.1:\d+") is { Success: true } m ? m.Value : null;
            }

            Assert.True(url is not null, Out() + "\n" + stderrText + (run.IsFaulted ? run.Exception!.ToString() : string.Empty));
            Assert.Contains("reviewer@demo.juesuan", Out(), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(data, "juesuan.db")));
            using var http = new HttpClient();
            using var json = JsonDocument.Parse(await http.GetStringAsync(url + "/api/disclosures"));
            Assert.NotEmpty(json.RootElement.GetProperty("items").EnumerateArray());
        }
        finally
        {
            await cancel.CancelAsync();
            Assert.Equal(0, await run);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
