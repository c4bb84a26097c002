package dev.precis.server.web;

import dev.precis.server.PrecisServer;
import dev.precis.server.ServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The web page in a real browser (headless Chromium through Selenium). */
class BrowserTest {
    @TempDir
    static Path store;
    private static PrecisServer server;
    /** The browser's temporary folder and the files to upload; JUnit removes it after each test. */
    @TempDir
    Path temp;
    private ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        server = PrecisServer.start(ServerSettings.defaults().withPort(0).withStore(store));
        while (!server.ready()) Thread.sleep(20);
        String batch = "[" + StoryPages.article("fire-a", "Harbour fire destroys warehouse", WebPageTest.FIRE_A) + ","
                + StoryPages.article("fire-b", "Warehouse lost in harbour blaze", WebPageTest.FIRE_B) + "]";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/v1/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(batch)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void quit() {
        if (driver != null) driver.quit();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private void pasteTheFireStory() {
        driver.get(url("/"));
        driver.findElement(By.id("paste-text")).sendKeys(WebPageTest.FIRE_A + "\n---\n" + WebPageTest.FIRE_B);
        driver.findElement(By.cssSelector("#paste button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary li")));
    }

    @Test
    void theStoryListLeadsToAStoryPageWhoseCitationsShowTheirPassages() {
        driver = Browser.open(1200, 900, temp);
        driver.get(url("/"));
        WebElement story = driver.findElement(By.cssSelector("ol.stories li a"));
        assertThat(story.getText()).isEqualTo("Harbour fire destroys warehouse");
        assertThat(driver.findElement(By.cssSelector("ol.stories li .meta")).getText()).startsWith("2 articles · 0 outlets");
        story.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary li")));
        assertThat(driver.getCurrentUrl()).contains("/stories/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Harbour fire destroys warehouse");
        WebElement item = driver.findElement(By.cssSelector("#summary li"));
        item.findElement(By.cssSelector("a.cite")).click();
        WebElement popover = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("popover")));
        assertThat(popover.findElement(By.tagName("mark")).getText()).isEqualTo(item.findElement(By.cssSelector(".text")).getText());
        WebElement toggle = driver.findElement(By.cssSelector("#article-1 details.dropped summary"));
        toggle.click();
        assertThat(driver.findElement(By.cssSelector("#article-1 details.dropped")).getAttribute("open")).isNotNull();
    }

    @Test
    void thePasteBoxGivesAStoryPage() {
        driver = Browser.open(1200, 900, temp);
        pasteTheFireStory();
        assertThat(driver.getCurrentUrl()).endsWith("/paste");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Harbour fire destroys warehouse");
        assertThat(driver.findElements(By.cssSelector("#summary li"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#articles article"))).hasSize(2);
    }

    @Test
    void anUploadedFileIsSummarisedLikePastedText() throws Exception {
        driver = Browser.open(1200, 900, temp);
        Path dir = Files.createDirectory(temp.resolve("upload"));
        Path a = Files.writeString(dir.resolve("a.txt"), WebPageTest.FIRE_A);
        Path b = Files.writeString(dir.resolve("b.html"), "<html><head><title>Warehouse lost in harbour blaze</title></head>"
                + "<body><article><p>" + WebPageTest.FIRE_B.substring(WebPageTest.FIRE_B.indexOf("\n\n") + 2)
                + "</p></article></body></html>");
        driver.get(url("/"));
        driver.findElement(By.id("paste-files")).sendKeys(a + "\n" + b);
        driver.findElement(By.cssSelector("#paste button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary li")));
        assertThat(driver.findElements(By.cssSelector("#articles article"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector("#article-2 h3")).getText()).contains("Warehouse lost in harbour blaze");
    }

    @Test
    void clickingACitationShowsItsPassageInContextAndEscapeClosesIt() {
        driver = Browser.open(1200, 900, temp);
        pasteTheFireStory();
        WebElement item = driver.findElement(By.cssSelector("#summary li"));
        String sentence = item.findElement(By.cssSelector(".text")).getText();
        WebElement cite = item.findElement(By.cssSelector("a.cite"));
        cite.click();
        WebElement popover = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("popover")));
        assertThat(popover.findElement(By.tagName("mark")).getText()).isEqualTo(sentence);
        assertThat(popover.findElement(By.cssSelector(".where")).getText()).matches("\\[\\d+] .* · characters \\d+–\\d+");
        assertThat(driver.getCurrentUrl()).as("the page did not jump away").doesNotContain("#p-");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("popover")));
    }

    @Test
    void aCitationReachedByKeyboardShowsItsPassage() {
        driver = Browser.open(1200, 900, temp);
        pasteTheFireStory();
        WebElement cite = driver.findElement(By.cssSelector("#summary a.cite"));
        for (int i = 0; i < 200 && !cite.equals(driver.switchTo().activeElement()); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(driver.switchTo().activeElement()).isEqualTo(cite);
        WebElement popover = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("popover")));
        assertThat(popover.findElement(By.tagName("mark")).getText()).isNotBlank();
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(popover.isDisplayed()).isTrue();
    }

    @Test
    void aPhoneWidthPageDoesNotScrollSideways() {
        driver = Browser.open(375, 800, temp);
        pasteTheFireStory();
        Long scroll = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
        Long view = (Long) driver.executeScript("return document.documentElement.clientWidth;");
        assertThat(scroll).isLessThanOrEqualTo(view);
    }
}
