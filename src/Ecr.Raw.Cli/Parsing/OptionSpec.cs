namespace Ecr.Raw.Cli.Parsing;

/// <summary>One option of a command.</summary>
/// <param name="Name">As typed, for example <c>--repository-name</c>.</param>
/// <param name="Member">The API member it fills, for example <c>repositoryName</c>; empty for options the CLI itself consumes.</param>
/// <param name="Shape">The value's shape. A boolean is a flag pair: <c>--force</c> and <c>--no-force</c>.</param>
/// <param name="Required">Whether the command needs it.</param>
/// <param name="Help">One line for <c>--help</c>.</param>
internal sealed record OptionSpec(string Name, string Member, Shape Shape, bool Required, string Help)
{
    /// <summary>The negative form of a boolean flag: <c>--no-force</c>.</summary>
    public string NegatedName => "--no-" + Name[2..];
}
