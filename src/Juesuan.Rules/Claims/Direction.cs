namespace Juesuan.Rules.Claims;

/// <summary>The direction a change word states.</summary>
internal enum Direction
{
    None,
    Up,
    Down,
    Flat,
}
