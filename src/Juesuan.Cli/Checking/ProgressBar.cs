namespace Juesuan.Cli.Checking;

/// <summary>
/// A one-line progress bar on stderr for <c>check DIR</c>. Drawn only on a terminal; when stderr
/// is redirected (logs, CI) it stays silent so logs hold only the results.
/// </summary>
internal sealed class ProgressBar(TextWriter stderr, int total, bool interactive)
{
    private readonly Lock _gate = new();
    private int _done;

    public void Advance(string file)
    {
        if (!interactive || total < 2)
        {
            return;
        }

        lock (_gate)
        {
            _done++;
            const int width = 30;
            var filled = _done * width / total;
            var name = Path.GetFileName(file);
            name = name.Length > 40 ? name[..40] : name;
            stderr.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {_done}/{total} {name,-40}");
            if (_done == total)
            {
                stderr.Write("\r" + new string(' ', width + 60) + "\r");
            }
        }
    }
}
