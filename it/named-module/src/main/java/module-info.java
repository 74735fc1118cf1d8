module com.example.shop {
    exports com.example.shop;
    // The runtime the generated code uses is written into this module (runtimePackage defaults to
    // ${project.groupId}.errorcatalog), and the exported API names it: ShopError is a CatalogError.
    exports io.errorcatalog.it.errorcatalog;
}
