namespace Juesuan.Cli.Checking;

/// <summary>Expands the paths given to <c>check</c>: files as given, folders to the readable files under them.</summary>
internal static class CheckInputs
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".docx", ".xlsx", ".pdf" };

    /// <summary>Files in the order given; folder contents sorted by path. A missing path stays in the list (its read fails with a clear message).</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => Extensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    /// <summary>True when the folder has no readable files (so the user hears about it).</summary>
    public static bool IsEmptyFolder(string path) => Directory.Exists(path) && Expand([path]).Count == 0;
}
