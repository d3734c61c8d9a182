using System.Collections.Generic;
using System.Linq;

namespace Ecr.Raw.Cli.Parsing;

/// <summary>
/// The shape of an input value, just enough of the ECR model to read the AWS CLI's shorthand and JSON input the way
/// botocore validates it: member names, scalar types, required members.
/// </summary>
internal sealed class Shape
{
    private Shape(ShapeKind kind, Shape? member, IReadOnlyList<ShapeMember>? members)
    {
        Kind = kind;
        Member = member;
        Members = members ?? [];
    }

    /// <summary>A string.</summary>
    public static Shape String { get; } = new(ShapeKind.String, null, null);

    /// <summary>A whole number.</summary>
    public static Shape Integer { get; } = new(ShapeKind.Integer, null, null);

    /// <summary>A boolean.</summary>
    public static Shape Boolean { get; } = new(ShapeKind.Boolean, null, null);

    /// <summary>What kind of value this is.</summary>
    public ShapeKind Kind { get; }

    /// <summary>The element shape of a list.</summary>
    public Shape? Member { get; }

    /// <summary>The members of a structure, in model order.</summary>
    public IReadOnlyList<ShapeMember> Members { get; }

    /// <summary>Whether values of this shape are written as JSON or shorthand rather than as plain text.</summary>
    public bool IsComplex => Kind is ShapeKind.List or ShapeKind.Structure;

    /// <summary>A list of <paramref name="member"/>.</summary>
    public static Shape ListOf(Shape member) => new(ShapeKind.List, member, null);

    /// <summary>A structure of <paramref name="members"/>.</summary>
    public static Shape Structure(params ShapeMember[] members) => new(ShapeKind.Structure, null, members);

    /// <summary>The member called <paramref name="name"/> (case-sensitive, as botocore), or null.</summary>
    public ShapeMember? Find(string name) => Members.FirstOrDefault(m => m.Name == name);
}
