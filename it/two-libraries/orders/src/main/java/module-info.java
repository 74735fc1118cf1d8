module com.example.orders {
    exports com.example.orders;
    exports com.example.orders.errorcatalog;
}
