module com.example.app {
    requires com.example.orders;
    requires com.example.billing;
    exports com.example.app;
}
