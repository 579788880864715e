"""Storage: the encrypted SQLCipher store, its key, its schema and its migrations."""
