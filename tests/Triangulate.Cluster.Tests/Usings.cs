global using Triangulate.Tests.Support;
global using Xunit;
