module com.example.shop {
    exports com.example.shop;
    // The runtime the generated code uses is written into this module (runtimePackage defaults to
    // ${project.groupId}.errorcatalog), and the exported API names it: ShopError is a CatalogError.
    exports io.errorcatalog.it.errorcatalog;
    // The generated types carry @javax.annotation.processing.Generated, which is kept in the sources only:
    // static, as it is not needed at run time; transitive, as javac counts it as part of the exported API
    // (-Xlint:exports).
    requires static transitive java.compiler;
}
