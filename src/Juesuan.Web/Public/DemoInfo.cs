namespace Juesuan.Web.Public;

/// <summary>Names the pages print.</summary>
public static class DemoInfo
{
    /// <summary>The region the portal serves.</summary>
    public const string County = Demo.DemoData.County;
}
