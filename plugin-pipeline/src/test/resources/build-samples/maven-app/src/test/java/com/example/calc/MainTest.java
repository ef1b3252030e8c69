package com.example.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void addsTwoNumbers() {
        assertEquals(3, Main.add(1, 2));
    }

    @Test
    @Disabled("shows a skipped test in the counts")
    void subtracts() {
    }
}
