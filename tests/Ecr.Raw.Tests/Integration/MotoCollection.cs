namespace Ecr.Raw.Tests.Integration;

/// <summary>One moto_server for every integration test class.</summary>
[CollectionDefinition(Name)]
public sealed class MotoCollection : ICollectionFixture<MotoServer>
{
    public const string Name = "moto";
}
