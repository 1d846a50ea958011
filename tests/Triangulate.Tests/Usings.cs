global using Xunit;
global using Triangulate.Model;
