namespace Ecr.Raw.Cli.Parsing;

/// <summary>The kinds of value an option or a member of an ECR input structure holds.</summary>
internal enum ShapeKind
{
    /// <summary>A string.</summary>
    String,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A list of one member shape.</summary>
    List,

    /// <summary>A structure of named members.</summary>
    Structure,
}
