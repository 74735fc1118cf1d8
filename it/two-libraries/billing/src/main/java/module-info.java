module com.example.billing {
    exports com.example.billing;
    exports com.example.billing.errorcatalog;
}
