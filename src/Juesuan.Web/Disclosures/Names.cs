using Juesuan.Data.Entities;

namespace Juesuan.Web.Disclosures;

/// <summary>Chinese names of workflow states.</summary>
public static class Names
{
    public static string Of(DisclosureStatus status) => status switch
    {
        DisclosureStatus.Draft => "草稿",
        DisclosureStatus.Submitted => "提交审核",
        DisclosureStatus.Returned => "退回修改",
        DisclosureStatus.Approved => "审核通过",
        DisclosureStatus.Published => "公开",
        _ => status.ToString(),
    };
}
