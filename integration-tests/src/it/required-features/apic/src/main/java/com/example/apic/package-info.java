@SnpLibrary
package com.example.apic;

import dev.snpgate.annotations.SnpLibrary;
