namespace Juesuan.Documents.Writing.Composition;

/// <summary>
/// 名词解释: the project's own standard wording of the terms the tables and 情况说明 use,
/// written from the definitions in the national final-accounts rules (财政部部门决算报表编制说明).
/// </summary>
public static class Glossary
{
    /// <summary>The terms and their explanations, in the order they are printed.</summary>
    public static IReadOnlyList<(string Term, string Explanation)> Terms { get; } =
    [
        ("财政拨款收入", "本年度从本级财政部门取得的一般公共预算、政府性基金预算和国有资本经营预算财政拨款。"),
        ("事业收入", "事业单位开展专业业务活动及其辅助活动取得的收入。"),
        ("经营收入", "事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。"),
        ("其他收入", "除上述收入以外的各项收入，如存款利息收入等。"),
        ("年初结转和结余", "以前年度尚未完成、结转到本年按有关规定继续使用的资金。"),
        ("基本支出", "为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。"),
        ("项目支出", "在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"),
        ("人员经费", "工资福利支出和对个人和家庭的补助。"),
        ("公用经费", "为保障机构正常运转而用于购买商品和服务等的支出，以及资本性支出中的办公设备购置等。"),
        ("年末结转和结余", "本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。"),
        ("“三公”经费", "用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行维护费反映单位公务用车车辆购置支出（含车辆购置税）及燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。"),
        ("机关运行经费", "为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务等的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。"),
    ];

    /// <summary>The numbered paragraphs: "一、财政拨款收入：…".</summary>
    public static IEnumerable<string> Paragraphs() =>
        Terms.Select((t, i) => $"{ChineseNumerals.Of(i + 1)}、{t.Term}：{t.Explanation}");
}
