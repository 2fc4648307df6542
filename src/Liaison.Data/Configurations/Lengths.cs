namespace Liaison.Data.Configurations;

/// <summary>Column lengths shared by the configurations (characters).</summary>
internal static class Lengths
{
    /// <summary>Scenario ids, codes, zone ids, enum names.</summary>
    public const int Id = 100;

    /// <summary>Names, titles, labels, user names.</summary>
    public const int Text = 400;
}
