package dev.tocsin.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ShellPages {

    @GetMapping("/")
    String home() {
        return "redirect:/incidents";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
