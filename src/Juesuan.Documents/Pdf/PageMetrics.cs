namespace Juesuan.Documents.Pdf;

/// <summary>
/// The body-text geometry of one page: where lines usually start and end and how far apart
/// their baselines usually are. Paragraph breaks are judged against these, not against fixed
/// numbers, because one producer single-spaces 12 pt text and another double-spaces 16 pt.
/// </summary>
internal sealed record PageMetrics(double LeftMargin, double RightMargin, double LineStep, double Width, double Height)
{
    public double Center => (LeftMargin + RightMargin) / 2;

    public static PageMetrics Of(IReadOnlyList<TextLine> lines, double width, double height)
    {
        // Long lines are body text; titles and table labels would skew the margins.
        var body = lines.Where(l => l.Text.Length >= 12).ToList();
        if (body.Count == 0)
        {
            body = [.. lines];
        }

        if (body.Count == 0)
        {
            return new PageMetrics(width * 0.12, width * 0.88, 18, width, height);
        }

        var lefts = body.Select(l => l.Left).Order().ToList();
        if (body.Count < 5)
        {
            // Too little running text (a table page, a cover): assume symmetric margins.
            var left = lines.Min(l => l.Left);
            var right = Math.Max(width - left, lines.Max(l => l.Right));
            return new PageMetrics(left, right, body.Max(l => l.Size) * 1.5, width, height);
        }

        var rights = body.Select(l => l.Right).Order().ToList();
        var steps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var step = lines[i].Baseline - lines[i - 1].Baseline;
            var em = lines[i].Size;
            if (step >= em * 0.9 && step <= em * 3.2 && Math.Abs(lines[i].Size - lines[i - 1].Size) < 1)
            {
                steps.Add(step);
            }
        }

        steps.Sort();
        var lineStep = steps.Count > 0 ? steps[steps.Count / 2] : body.Max(l => l.Size) * 1.5;
        return new PageMetrics(lefts[lefts.Count / 10], rights[rights.Count * 9 / 10], lineStep, width, height);
    }
}
