using System.Reflection;
using System.Runtime.Versioning;
using Ecr.Raw.Signing;

namespace Ecr.Raw.Tests.Support;

public sealed class LibraryBuildTests
{
    [Fact]
    public void Library_UnderTest_IsTheBuildThisProjectTargets()
    {
        var framework = typeof(SigV4Signer).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
#if LIBRARY_NETSTANDARD
        framework.ShouldBe(".NETStandard,Version=v2.0");
#else
        framework.ShouldBe(".NETCoreApp,Version=v10.0");
#endif
    }
}
