namespace Ecr.Raw.Cli.Parsing;

/// <summary>A member of a structure shape, named as the ECR API (and so the AWS CLI's JSON input) spells it.</summary>
/// <param name="Name">The wire name, for example <c>imageTag</c> or <c>Key</c>.</param>
/// <param name="Shape">Its shape.</param>
/// <param name="Required">Whether the API requires it.</param>
internal sealed record ShapeMember(string Name, Shape Shape, bool Required = false);
