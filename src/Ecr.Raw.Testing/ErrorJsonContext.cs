using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Testing;

/// <summary>Source-generated serialisation of the error documents the in-memory ECR sends.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class ErrorJsonContext : JsonSerializerContext
{
}
