@dev.snpgate.annotations.SnpGuest(name = "mm-guest")
package com.example.guest;
