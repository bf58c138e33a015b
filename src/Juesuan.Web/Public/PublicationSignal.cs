using Microsoft.Extensions.Primitives;

namespace Juesuan.Web.Public;

/// <summary>
/// Fires when something is published. What the portal keeps in memory about the published set
/// (the list, each page's data) expires with <see cref="Token"/>, so a publication is seen at once.
/// </summary>
public sealed class PublicationSignal
{
    private CancellationTokenSource current = new();

    /// <summary>The token of the current generation; it fires at the next publication.</summary>
    public IChangeToken Token => new CancellationChangeToken(Volatile.Read(ref current).Token);

    /// <summary>Expires everything tied to the current generation.</summary>
    public void Raise()
    {
        var old = Interlocked.Exchange(ref current, new CancellationTokenSource());
        old.Cancel();
        old.Dispose();
    }
}
