package com.example.calc;

public final class Main {
    private Main() {
    }

    public static int add(int a, int b) {
        return a + b;
    }

    public static void main(String[] args) {
        System.out.println(add(1, 2));
    }
}
