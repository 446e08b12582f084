@SnpGuest(name = "modular-libraries")
package com.example.guest;

import dev.snpgate.annotations.SnpGuest;
