namespace Ecr.Raw.Tests.Integration;

/// <summary>moto_server stopped before it answered, most often because its port was taken meanwhile.</summary>
public sealed class MotoExitedException(string message) : InvalidOperationException(message);
