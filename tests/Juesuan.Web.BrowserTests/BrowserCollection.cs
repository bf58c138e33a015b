namespace Juesuan.Web.BrowserTests;

/// <summary>One app and one browser for all browser tests, which run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
