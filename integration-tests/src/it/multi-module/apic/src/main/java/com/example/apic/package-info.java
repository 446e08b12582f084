@dev.snpgate.annotations.SnpLibrary
package com.example.apic;
