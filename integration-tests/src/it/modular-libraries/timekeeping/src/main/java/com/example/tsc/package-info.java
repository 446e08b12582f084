@SnpLibrary
package com.example.tsc;

import dev.snpgate.annotations.SnpLibrary;
