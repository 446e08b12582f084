@SnpGuest(name = "modular-guest")
package com.example.guest;

import dev.snpgate.annotations.SnpGuest;
