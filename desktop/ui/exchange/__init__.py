"""The "Pertukaran Data" page: partners, sending, receiving, conflicts and history."""
